package org.genstat.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code ./genstat schedule}: runs the night on the cron {@code genstat.schedule.cron}
 * (default 02:00 every day) for as long as the process lives. A night that fails is logged and
 * resumed by the next one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "genstat.schedule.enabled", havingValue = "true")
class NightlySchedule {
    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);
    private final NightRunner runner;

    NightlySchedule(NightRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = "${genstat.schedule.cron}")
    void night() {
        try {
            int status = runner.run(NightlyJobConfiguration.NIGHTLY, System.out);
            if (status != 0) {
                LOG.error("the scheduled night did not complete; the next one resumes it");
            }
        } catch (Exception e) {
            LOG.error("the scheduled night could not start: {}", e.getMessage(), e);
        }
    }
}
