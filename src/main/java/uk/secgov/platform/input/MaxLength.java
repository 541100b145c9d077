package uk.secgov.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text parameter or record component of a use case takes, where the default
 * ({@link InputRules#DEFAULT_MAX_LENGTH}) does not fit; on a list, the most characters of each item.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MaxLength {

    int value();
}
