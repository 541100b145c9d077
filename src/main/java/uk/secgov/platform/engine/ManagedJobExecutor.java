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

    ManagedJobExecutor(ManagedThreadFactory threads, int poolSize, int queueSize) {
        setCorePoolSize(poolSize);
        setMaxPoolSize(poolSize);
        setQueueSize(queueSize);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(poolSize, poolSize, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueSize), threads, new ThreadPoolExecutor.AbortPolicy());
        setThreadPoolExecutor(executor);
    }
}
