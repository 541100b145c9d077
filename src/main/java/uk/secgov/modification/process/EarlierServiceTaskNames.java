package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bean names the earlier versions of bpmn/modification-lifecycle.bpmn call, one per service task, all answered
 * by {@link LifecycleServiceTasks}. A case started before that process changed stays on the version it started on,
 * so its timers still ask for these names: without them its window would never close. Typed {@code Object} so that
 * they give nothing to an injection point, only to the process engine's name lookup.
 */
@ApplicationScoped
public class EarlierServiceTaskNames {

    @Inject
    LifecycleServiceTasks tasks;

    @Produces
    @Named(LifecycleServiceTasks.CLOSE_OBJECTION_WINDOW)
    Object closeObjectionWindow() {
        return tasks;
    }

    @Produces
    @Named(LifecycleServiceTasks.CLOSE_REPORT_CONSULTATION)
    Object closeReportConsultation() {
        return tasks;
    }

    @Produces
    @Named(LifecycleServiceTasks.CLOSE_APPEAL_WINDOW)
    Object closeAppealWindow() {
        return tasks;
    }

    @Produces
    @Named(LifecycleServiceTasks.CLOSE_WITHDRAWN)
    Object closeWithdrawn() {
        return tasks;
    }

    @Produces
    @Named(LifecycleServiceTasks.SCHEDULE_IMPLEMENTATION)
    Object scheduleImplementation() {
        return tasks;
    }

    @Produces
    @Named(LifecycleServiceTasks.RECORD_IMPLEMENTED)
    Object recordImplemented() {
        return tasks;
    }
}
