package app.nestegg.vault;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exempts a class or field from one of the architecture rules; the reason is required and reviewed. */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ArchitectureExemption {
    /** The rule being set aside, as named in {@code NestEggRules}. */
    String rule();

    /** Why this place needs the exception. */
    String reason();
}
