package uk.secgov.platform.input;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link InputRules} to every argument of a use case before it runs (after the check of who may
 * call it, before its transaction starts), so that pages, the API and process steps all meet the same refusal.
 */
@Interceptor
@CheckedInput
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class InputCheck {

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        Parameter[] parameters = call.getMethod().getParameters();
        Object[] arguments = call.getParameters();
        List<InvalidInput.Violation> problems = new ArrayList<>();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            problems.addAll(InputRules.problems(parameters[i].getName(), arguments[i], parameters[i]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return call.proceed();
    }
}
