@echo off
rem Enlace launcher for Windows: finds a Java 21+ runtime and runs the enlace command line.
rem Looks at, in order: %ENLACE_JAVA_HOME%, a runtime bundled beside bin\ (..\jre), %JAVA_HOME%,
rem the usual install folders (or, when set, the folders listed in %ENLACE_JAVA_DIRS%, separated
rem by ';'), and java.exe on the PATH. The first one that is Java 21 or newer is used.
setlocal
set "ENLACE_HOME=%~dp0.."
set "REQUIRED=21"
set "JAVA="
if defined ENLACE_JAVA_HOME call :try "%ENLACE_JAVA_HOME%\bin\java.exe"
if not defined JAVA call :try "%ENLACE_HOME%\jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if defined ENLACE_JAVA_DIRS goto listed
for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*") do if not defined JAVA call :try "%%~D\bin\java.exe"
goto path
:listed
for %%P in ("%ENLACE_JAVA_DIRS:;=" "%") do for /d %%D in ("%%~P\*") do if not defined JAVA call :try "%%~D\bin\java.exe"
:path
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :try "%%~$PATH:J"
if not defined JAVA goto nojava

set "LANGUAGE_OPTION="
if defined ENLACE_LANG set "LANGUAGE_OPTION=-Duser.language=%ENLACE_LANG%"
"%JAVA%" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %LANGUAGE_OPTION% %ENLACE_JAVA_OPTS% -cp "%ENLACE_HOME%\lib\*" org.enlace.cli.Main %*
exit /b %ERRORLEVEL%

:try
rem Sets JAVA to %1 when it exists and reports java.specification.version %REQUIRED% or newer.
if not exist "%~1" exit /b 0
set "VERSION="
set "MAJOR="
rem The doubled outer quotes survive cmd /c's quote stripping for a quoted program path.
for /f "tokens=2 delims==" %%V in ('""%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""') do set "VERSION=%%V"
if not defined VERSION exit /b 0
set "VERSION=%VERSION: =%"
for /f "tokens=1 delims=." %%M in ("%VERSION%") do set "MAJOR=%%M"
if not defined MAJOR exit /b 0
if %MAJOR% GEQ %REQUIRED% set "JAVA=%~1"
exit /b 0

:nojava
echo enlace: Java 21 or newer is needed and none was found; install a JDK or JRE 21+ (e.g. Eclipse Temurin 21) or set JAVA_HOME to one. 1>&2
exit /b 3
