package uk.secgov.platform.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds the process engine inside the application at start-up: on the EE default datasource and
 * the server's transaction manager, so a service's JPA changes and the process state it moves
 * commit or roll back together. Deploys the processes of {@code bpmn/} (unchanged ones are kept).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

    /** Every process of the application, by id; the file is {@code bpmn/<id>.bpmn}. */
    public static final List<String> PROCESSES = List.of("welcome", "cpl-submission", "modification-lifecycle", "hash-conflict-investigation", "cpl-maintenance");

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("default");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        applyApplicationSettings(configuration);
        configuration.setExpressionManager(new CdiExpressionManager());
        configuration.setJobExecutor(new ManagedJobExecutor(threads, 3, 10));
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        deployProcesses();
    }

    /**
     * The settings every engine of this application has, in the server and in process tests alike:
     * full history, time-based UUIDs, history time-to-live required, the built-in FEEL (the Scala
     * FEEL engine is left out of the WAR, ADR 0001), and process steps that act as the application (ADR 0008).
     */
    public static void applyApplicationSettings(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDmnFeelEnableLegacyBehavior(true);
        configuration.setDelegateInterceptor(new ProcessStepsAsSystem());
    }

    private void deployProcesses() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("sec-governance")
                .enableDuplicateFiltering(true);
        ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
        for (String process : PROCESSES) {
            deployment.addInputStream(process + ".bpmn", loader.getResourceAsStream("bpmn/" + process + ".bpmn"));
        }
        LOG.info(() -> "Deployed processes " + PROCESSES + " as deployment " + deployment.deploy().getId());
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Produces
    public ProcessEngine processEngine() {
        return engine;
    }

    @Produces
    public RuntimeService runtimeService() {
        return engine.getRuntimeService();
    }

    @Produces
    public TaskService taskService() {
        return engine.getTaskService();
    }

    @Produces
    public RepositoryService repositoryService() {
        return engine.getRepositoryService();
    }

    @Produces
    public HistoryService historyService() {
        return engine.getHistoryService();
    }

    @Produces
    public ManagementService managementService() {
        return engine.getManagementService();
    }
}
