package ua.hromada.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EL resolver answers plain calls on the application's objects, and leaves every other call to the standard resolvers. */
class AccessorCallsTest {
    public record Line(String number, long position) {
        public String label(String prefix, long at) {
            return prefix + number + "@" + at;
        }

        public String twice(String a) {
            return a + a;
        }

        public String twice(Integer a) {
            return "" + a * 2;
        }

        public String failing() {
            throw new IllegalStateException("broken");
        }
    }

    private final AccessorCalls calls = new AccessorCalls();

    @Test
    void anAccessorOrAHelperWithArgumentsOfItsTypesIsCalled() {
        ELContext context = new Context();
        Line line = new Line("245-VIII", 3);
        assertThat(calls.invoke(context, line, "number", null, new Object[0])).isEqualTo("245-VIII");
        assertThat(context.isPropertyResolved()).isTrue();
        context = new Context();
        assertThat(calls.invoke(context, line, "position", null, null)).isEqualTo(3L);
        assertThat(context.isPropertyResolved()).isTrue();
        context = new Context();
        assertThat(calls.invoke(context, line, "label", null, new Object[] {"№ ", 7L})).isEqualTo("№ 245-VIII@7");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void everyOtherCallIsLeftToTheStandardResolvers() {
        Line line = new Line("245-VIII", 3);
        assertUnresolved(line, "twice", new Object[] {"a"}); // overloaded: the standard resolver chooses
        assertUnresolved(line, "label", new Object[] {"№ ", "7"}); // "7" needs a coercion to long
        assertUnresolved(line, "label", new Object[] {"№ ", null}); // null for a primitive: the standard rules
        assertUnresolved(line, "missing", new Object[0]);
        assertUnresolved(List.of(1, 2), "size", new Object[0]); // not the application's object
        assertUnresolved(Instant.EPOCH, "getEpochSecond", new Object[0]);
        ELContext context = new Context();
        assertThat(calls.invoke(context, line, "number", new Class<?>[0], new Object[0])).as("a method expression's declared types").isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void whatTheMethodThrowsIsAnElException() {
        assertThatThrownBy(() -> calls.invoke(new Context(), new Line("1", 1), "failing", null, new Object[0])).isInstanceOf(ELException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    private void assertUnresolved(Object base, String method, Object[] args) {
        ELContext context = new Context();
        assertThat(calls.invoke(context, base, method, null, args)).isNull();
        assertThat(context.isPropertyResolved()).as(method).isFalse();
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
