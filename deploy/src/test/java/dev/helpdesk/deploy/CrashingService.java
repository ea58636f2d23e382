package dev.helpdesk.deploy;

/** Stands in for a service jar that fails at start-up, as one with a bad configuration would. */
public final class CrashingService {

    private CrashingService() {
    }

    public static void main(String[] args) {
        System.out.println("APPLICATION FAILED TO START: no MongoDB for a fake service");
        System.exit(3);
    }
}
