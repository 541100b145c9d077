package uk.secgov.inbox.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.TaskNotYours;
import uk.secgov.inbox.UnknownTask;
import uk.secgov.party.Directory;
import uk.secgov.platform.refusal.Refusal;

/** The inbox over the engine's task service; paging and filtering happen in the database. */
@ApplicationScoped
@Transactional
class CamundaTaskInbox implements TaskInbox {

    /** A form key {@code app:/secas/review.xhtml} names the page that works on the task. */
    private static final String APP_FORM = "app:";

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    Directory directory;

    @Override
    public List<InboxTask> tasks(InboxCaller caller, int first, int size) {
        return toInboxTasks(caller, visibleTo(caller).initializeFormKeys().orderByTaskCreateTime().desc()
                .listPage(first, size));
    }

    @Override
    public long count(InboxCaller caller) {
        return visibleTo(caller).count();
    }

    @Override
    public InboxTask task(InboxCaller caller, String taskId) {
        return toInboxTasks(caller, List.of(find(caller, taskId))).get(0);
    }

    @Override
    public InboxTask claim(InboxCaller caller, String taskId) {
        Task task = find(caller, taskId);
        if (task.getAssignee() != null) {
            throw new TaskNotYours(task.getAssignee().equals(caller.username())
                    ? "You already hold this task." : "Someone else has already claimed this task.");
        }
        taskService.claim(task.getId(), caller.username());
        return task(caller, taskId);
    }

    @Override
    public InboxTask unclaim(InboxCaller caller, String taskId) {
        Task task = find(caller, taskId);
        if (!caller.username().equals(task.getAssignee())) {
            throw new TaskNotYours("You can only hand back a task you hold.");
        }
        if (offeredToRoles(caller, List.of(taskId)).isEmpty()) {
            throw new TaskNotYours("This task was given to you by name; there is no role to hand it back to.");
        }
        taskService.setAssignee(task.getId(), null);
        return task(caller, taskId);
    }

    @Override
    public void complete(InboxCaller caller, String taskId, Map<String, Object> fields) {
        Task task = find(caller, taskId);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), caller.username());
        }
        try {
            taskService.complete(task.getId(), fields);
        } catch (org.camunda.bpm.engine.ProcessEngineException failed) {
            // A task listener that refuses the fields (or the step) is reported by the engine wrapped: unwrap the reason.
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refusal refused) {
                    throw refused;
                }
            }
            throw failed;
        }
    }

    private Task find(InboxCaller caller, String taskId) {
        if (taskId == null || !taskId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new UnknownTask(String.valueOf(taskId));
        }
        Task task = visibleTo(caller).taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new UnknownTask(taskId);
        }
        return task;
    }

    /** Of these tasks, the ids of those offered to one of the caller's roles: one query for a whole page. */
    private Set<String> offeredToRoles(InboxCaller caller, List<String> taskIds) {
        if (caller.roles().isEmpty() || taskIds.isEmpty()) {
            return Set.of();
        }
        return taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .taskCandidateGroupIn(groupsOf(caller)).includeAssignedTasks().list().stream()
                .map(Task::getId).collect(Collectors.toSet());
    }

    private TaskQuery visibleTo(InboxCaller caller) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (caller.roles().isEmpty()) {
            return query.taskAssignee(caller.username());
        }
        return query.or().taskAssignee(caller.username()).taskCandidateGroupIn(groupsOf(caller)).endOr();
    }

    /** The caller's roles, and each role within their own organisation ({@link InboxCaller#organisationGroup}). */
    private List<String> groupsOf(InboxCaller caller) {
        List<String> groups = new java.util.ArrayList<>(caller.roles());
        directory.user(caller.username()).map(u -> u.party().id()).ifPresent(party -> caller.roles()
                .forEach(role -> groups.add(InboxCaller.organisationGroup(role, party))));
        return groups;
    }

    private List<InboxTask> toInboxTasks(InboxCaller caller, List<Task> tasks) {
        Set<String> offered = offeredToRoles(caller, tasks.stream().map(Task::getId).toList());
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(i -> i.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, String> processNames = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull)
                .distinct().collect(Collectors.toMap(Function.identity(),
                        id -> Objects.toString(repositoryService.getProcessDefinition(id).getName(), "")));
        return tasks.stream().map(task -> new InboxTask(task.getId(), task.getName(), task.getDescription(),
                processNames.get(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId()),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), formPageOf(task.getFormKey()), offered.contains(task.getId()))).toList();
    }

    private static String formPageOf(String formKey) {
        return formKey != null && formKey.startsWith(APP_FORM) ? formKey.substring(APP_FORM.length()) : null;
    }
}
