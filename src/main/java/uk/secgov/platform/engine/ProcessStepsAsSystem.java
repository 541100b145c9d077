package uk.secgov.platform.engine;

import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import uk.secgov.platform.security.Callers;

/**
 * Every delegate, listener and expression the engine calls runs as the application itself ({@link Callers#asSystem}):
 * a process step carries out what a person was allowed to start, whether the engine runs it at once (in that person's
 * request) or later on a job thread.
 */
class ProcessStepsAsSystem implements DelegateInterceptor {

    private final DelegateInterceptor engineDefault = new DefaultDelegateInterceptor();

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        Callers.asSystem(() -> {
            engineDefault.handleInvocation(invocation);
            return null;
        });
    }
}
