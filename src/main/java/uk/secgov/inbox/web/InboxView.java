package uk.secgov.inbox.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;

/** The task inbox on every home page: the caller's tasks, paged in the database, with claim and unclaim. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient SecurityContext security;

    private final LazyDataModel<InboxTask> tasks = new DatabasePaged<>(() -> inbox.count(caller()),
            (first, size) -> inbox.tasks(caller(), first, size), InboxTask::id, key -> inbox.task(caller(), key));

    public void claim(String taskId) {
        PageAction.ON_PAGE.run(() -> inbox.claim(caller(), taskId), "Task claimed: it is now yours.");
    }

    public void unclaim(String taskId) {
        PageAction.ON_PAGE.run(() -> inbox.unclaim(caller(), taskId), "Task handed back to your role.");
    }

    /** The page that works on a task: the one its process names, else the generic task page. */
    public String pageOf(InboxTask task) {
        return task.formPage() != null ? task.formPage() : "/tasks/task.xhtml";
    }

    public boolean isMine(InboxTask task) {
        return task.isAssignedTo(caller());
    }

    public boolean canHandBack(InboxTask task) {
        return task.canBeHandedBackBy(caller());
    }

    InboxCaller caller() {
        return InboxCaller.of(security.getCallerPrincipal().getName(), security::isCallerInRole);
    }

    public LazyDataModel<InboxTask> getTasks() {
        return tasks;
    }
}
