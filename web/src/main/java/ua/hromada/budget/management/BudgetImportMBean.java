package ua.hromada.budget.management;

/** The management operation behind {@code ./hromada budget import}, registered as {@value BudgetImportRegistration#NAME}. */
public interface BudgetImportMBean {
    /**
     * Imports a pabulib file as a past contest of the community and answers its results as the
     * public API's JSON; a refusal (unknown community, refused file with its line) is an
     * {@link IllegalArgumentException} whose message is the reason in {@code language} ("en", else Ukrainian).
     */
    String importPabulib(String community, String rule, String title, byte[] file, String language);
}
