package org.enlace.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class or method that opens real Swing windows. It carries the {@code gui} tag (so
 * {@code mvn verify -DexcludedGroups=gui} leaves it out) and runs only when AWT has a display:
 * on a machine without one it is skipped with {@link DisplayCondition}'s reason instead of failing
 * with a {@code HeadlessException}. {@code .ci/run} starts Xvfb so that CI runs every one of them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(GuiTest.TAG)
@ExtendWith(DisplayCondition.class)
public @interface GuiTest {

    /** The JUnit tag of every GUI test. */
    String TAG = "gui";
}
