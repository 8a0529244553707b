package ua.hromada.core.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls without arguments in EL on the application's own objects ({@code #{line.draft().number()}}
 * on records and entities, whose accessors are not getters) through a method found once per class
 * and name. The standard resolver looks the method up on every call — {@code Class.getMethods()}
 * copied and wrapped each time — which a profile of the consoles under load showed among their
 * largest costs: a page of a hundred rows makes thousands of such calls. Anything else (arguments,
 * JDK or library objects, no such public method) is left to the standard resolvers.
 *
 * <p>Bounded: one entry per class of the application and method name a page calls on it, both
 * fixed by the code; a {@link ClassValue}, so a redeployed class takes its entries with it.
 */
public class AccessorCalls extends ELResolver {
    private static final String OWN = "ua.hromada.";
    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || (params != null && params.length > 0) || (paramTypes != null && paramTypes.length > 0)
                || !base.getClass().getName().startsWith(OWN)) {
            return null;
        }
        String name = method.toString();
        Optional<Method> accessor = ACCESSORS.get(base.getClass()).computeIfAbsent(name, n -> find(base.getClass(), n));
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    // a public instance method of that name and no parameters, callable from here; none: the standard resolver decides
    private static Optional<Method> find(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            if (Modifier.isStatic(m.getModifiers()) || !(Modifier.isPublic(m.getDeclaringClass().getModifiers()) || m.trySetAccessible())) {
                return Optional.empty();
            }
            return Optional.of(m);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are the standard resolvers' to set
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
