package uk.secgov.inbox.web;

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
import uk.secgov.platform.web.PageAction;

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
        PageAction.loadOrNotFound(() -> task = inbox.task(caller(), id), "No such open task");
    }

    public void claim() {
        PageAction.ON_PAGE.run(() -> task = inbox.claim(caller(), id), "Task claimed: it is now yours.");
    }

    public void unclaim() {
        PageAction.ON_PAGE.run(() -> task = inbox.unclaim(caller(), id), "Task handed back to your role.");
    }

    public void complete() {
        String name = task.name();
        PageAction.ON_PAGE.run(() -> {
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
