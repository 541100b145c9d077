package uk.secgov.inbox.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.TaskNotFound;
import uk.secgov.inbox.TaskNotYours;

/** The task inbox on every home page: the caller's tasks, paged in the database, with claim and unclaim. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient SecurityContext security;

    private final LazyDataModel<InboxTask> tasks = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.count(caller());
        }

        @Override
        public List<InboxTask> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return inbox.tasks(caller(), first, pageSize);
        }

        @Override
        public String getRowKey(InboxTask task) {
            return task.id();
        }

        @Override
        public InboxTask getRowData(String rowKey) {
            return inbox.task(caller(), rowKey);
        }
    };

    public void claim(String taskId) {
        act(() -> inbox.claim(caller(), taskId), "Task claimed: it is now yours.");
    }

    public void unclaim(String taskId) {
        act(() -> inbox.unclaim(caller(), taskId), "Task handed back to your role.");
    }

    /** The page that works on a task: the one its process names, else the generic task page. */
    public String pageOf(InboxTask task) {
        return task.formPage() != null ? task.formPage() : "/tasks/task.xhtml";
    }

    public boolean isMine(InboxTask task) {
        return task.isAssignedTo(caller());
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (TaskNotFound | TaskNotYours refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        }
    }

    InboxCaller caller() {
        return InboxCaller.of(security.getCallerPrincipal().getName(), security::isCallerInRole);
    }

    public LazyDataModel<InboxTask> getTasks() {
        return tasks;
    }
}
