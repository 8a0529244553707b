package ua.hromada.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import ua.hromada.core.InvalidInputException;

/** One line of a project's cost breakdown: what is bought or done, and its amount in kopecks. */
@Embeddable
public class CostLine {
    public static final int ITEM_MIN = 2;
    public static final int ITEM_MAX = 300;

    @Column(nullable = false, length = ITEM_MAX)
    private String item;

    @Column(nullable = false)
    private long amount;

    protected CostLine() {
    }

    public CostLine(String item, long amount) {
        String i = item == null ? "" : item.strip();
        if (i.length() < ITEM_MIN || i.length() > ITEM_MAX) {
            throw new InvalidInputException("budget.project.line.item", ITEM_MIN, ITEM_MAX);
        }
        if (amount <= 0 || amount > Hryvnias.MAX) {
            throw new InvalidInputException("budget.project.line.amount");
        }
        this.item = i;
        this.amount = amount;
    }

    public String item() {
        return item;
    }

    public long amount() {
        return amount;
    }
}
