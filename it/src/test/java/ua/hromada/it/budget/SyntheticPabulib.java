package ua.hromada.it.budget;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/** Pabulib files made up for the import tests: projects of random costs, voters approving a few each, the popular ones more often. */
final class SyntheticPabulib {
    private SyntheticPabulib() {
    }

    /** A pabulib file of {@code voters} approval votes over {@code projects} projects, the same for the same sizes. */
    static String file(int voters, int projects) {
        Random random = new Random(voters * 31L + projects);
        StringBuilder file = new StringBuilder("META\nkey;value\ndescription;Згенерований конкурс\nbudget;" + projects * 50_000 / 3
                + "\nPROJECTS\nproject_id;cost;name\n");
        for (int p = 1; p <= projects; p++) {
            file.append(p).append(';').append(20_000 + random.nextInt(60_000)).append(";Проєкт ").append(p).append('\n');
        }
        file.append("VOTES\nvoter_id;vote\n");
        for (int v = 1; v <= voters; v++) {
            file.append(v).append(';');
            int picks = 1 + random.nextInt(Math.min(8, projects));
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < picks) {
                chosen.add(1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * projects));
            }
            file.append(String.join(",", chosen.stream().map(String::valueOf).toList())).append('\n');
        }
        return file.toString();
    }
}
