package uk.secgov.inbox.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.TaskNotFound;

/** The generic task page: what the task asks, claim or hand back, and complete. */
@Named
@ViewScoped
public class TaskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient SecurityContext security;

    private String id;
    private InboxTask task;
    private boolean completed;

    /** Loads the task named by {@code ?id=}; a task outside the caller's inbox is "not found". */
    public void load() throws IOException {
        try {
            task = inbox.task(caller(), id);
        } catch (TaskNotFound notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such open task");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void claim() {
        Attempt.run(() -> task = inbox.claim(caller(), id), "Task claimed: it is now yours.");
    }

    public void unclaim() {
        Attempt.run(() -> task = inbox.unclaim(caller(), id), "Task handed back to your role.");
    }

    public void complete() {
        String name = task.name();
        Attempt.run(() -> {
            inbox.complete(caller(), id, Map.of());
            task = null;
            completed = true;
        }, "Task '" + name + "' completed.");
    }

    public boolean isCompleted() {
        return completed;
    }

    public boolean isMine() {
        return task != null && task.isAssignedTo(caller());
    }

    public boolean isCanHandBack() {
        return task != null && task.canBeHandedBackBy(caller());
    }

    private InboxCaller caller() {
        return InboxCaller.of(security.getCallerPrincipal().getName(), security::isCallerInRole);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InboxTask getTask() {
        return task;
    }
}
