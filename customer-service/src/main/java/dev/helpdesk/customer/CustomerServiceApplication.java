package dev.helpdesk.customer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Organisations, customers, their assets, the e-mail channel and monitoring alerts. Until those land it runs, connects to MongoDB and Kafka, and reports its health; it
 * serves no API it does not really implement.
 */
@SpringBootApplication
public class CustomerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerServiceApplication.class, args);
    }
}
