@echo off
rem Enlace launcher for Windows: finds a Java 21+ runtime and runs the enlace command line.
setlocal
set "ENLACE_HOME=%~dp0.."
set "JAVA="
if defined ENLACE_JAVA_HOME if exist "%ENLACE_JAVA_HOME%\bin\java.exe" set "JAVA=%ENLACE_JAVA_HOME%\bin\java.exe"
if not defined JAVA if exist "%ENLACE_HOME%\jre\bin\java.exe" set "JAVA=%ENLACE_HOME%\jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Java\jdk-2*") do if exist "%%~D\bin\java.exe" set "JAVA=%%~D\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava

set "VERSION="
for /f "tokens=2 delims==" %%V in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "VERSION=%%V"
set "VERSION=%VERSION: =%"
for /f "tokens=1 delims=." %%M in ("%VERSION%") do set "MAJOR=%%M"
if not defined MAJOR goto nojava
if %MAJOR% LSS 21 goto nojava

set "LANGUAGE_OPTION="
if defined ENLACE_LANG set "LANGUAGE_OPTION=-Duser.language=%ENLACE_LANG%"
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %LANGUAGE_OPTION% %ENLACE_JAVA_OPTS% -cp "%ENLACE_HOME%\lib\*" org.enlace.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
echo enlace: Java 21 or newer is needed and none was found; install a JDK or JRE 21+ (e.g. Eclipse Temurin 21) or set JAVA_HOME to one. 1>&2
exit /b 3
