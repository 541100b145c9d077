package uk.secgov.platform.engine;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's expression manager with CDI beans added after the process variables. */
class CdiExpressionManager extends JuelExpressionManager {

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiElResolver());
        return resolver;
    }
}
