package uk.secgov.platform.input;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * Puts {@link CheckedInput} on every application service: a transactional bean in a feature root
 * ({@code uk.secgov.<feature>}, not its adapters). One rule here, rather than an annotation to forget
 * on each new service.
 */
public class InputCheckExtension implements Extension {

    private static final Pattern FEATURE_ROOT = Pattern.compile("uk\\.secgov\\.(?!platform$)[a-z]+");

    <T> void checkUseCases(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        if (FEATURE_ROOT.matcher(type.getAnnotatedType().getJavaClass().getPackageName()).matches()) {
            type.configureAnnotatedType().add(CheckedInput.Literal.INSTANCE);
        }
    }
}
