package org.genstat.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application: Spring Batch jobs around the pipeline. Started by {@link Genstat}. */
@SpringBootApplication
@EnableConfigurationProperties(GenstatProperties.class)
public class GenstatApplication {
}
