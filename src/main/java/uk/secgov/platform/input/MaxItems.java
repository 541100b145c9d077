package uk.secgov.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The most items a list (or map) parameter or record component of a use case takes, where the default ({@link InputRules#DEFAULT_MAX_ITEMS}) does not fit. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MaxItems {

    int value();
}
