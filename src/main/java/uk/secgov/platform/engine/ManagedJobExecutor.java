package uk.secgov.platform.engine;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * The job executor running jobs on the server's managed threads, so that a delegate called from a
 * timer or an asynchronous continuation sees the application's CDI beans, JNDI names and class loader.
 */
class ManagedJobExecutor extends DefaultJobExecutor {

    /**
     * How long an acquired job stays locked to this engine. A job this server had taken when it crashed is
     * taken up again once its lock runs out, so this is how soon work in flight resumes after a crash and
     * restart. Camunda's default is five minutes; every job here (a verification, the rules, a CPL update)
     * takes seconds, so one minute is ample and a crash costs at most a minute's delay.
     */
    static final int LOCK_MILLIS = 60_000;

    ManagedJobExecutor(ManagedThreadFactory threads, int poolSize, int queueSize) {
        setLockTimeInMillis(LOCK_MILLIS);
        setCorePoolSize(poolSize);
        setMaxPoolSize(poolSize);
        setQueueSize(queueSize);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(poolSize, poolSize, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueSize), threads, new ThreadPoolExecutor.AbortPolicy());
        setThreadPoolExecutor(executor);
    }
}
