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
 * Method calls in EL on the application's own objects — accessors of records and entities
 * ({@code #{line.draft().number()}}, which are not getters) and helpers of its beans
 * ({@code #{format.day(row.dueAt())}}) — through a method found once per class, name and
 * number of arguments. The standard resolver looks the method up on every call
 * ({@code Class.getMethods()} copied and wrapped each time, a Weld proxy's many methods too), which
 * a profile of the consoles under load showed among their largest costs: a page of a hundred rows
 * makes thousands of such calls. Only where the choice is plain does this answer: the one public
 * instance method of that name and arity, arguments already of its parameter types (no coercion);
 * anything else (overloads, varargs, a conversion, library objects) goes on to the standard
 * resolvers, which then decide exactly as before.
 *
 * <p>Bounded: one entry per class of the application and method name and arity a page calls on it,
 * all fixed by the code; a {@link ClassValue}, so a redeployed class takes its entries with it.
 */
public class AccessorCalls extends ELResolver {
    private static final String OWN = "ua.hromada.";
    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || !base.getClass().getName().startsWith(OWN)) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        String name = method.toString();
        Optional<Method> found = METHODS.get(base.getClass()).computeIfAbsent(name + "/" + args.length, k -> find(base.getClass(), name,
                args.length));
        if (found.isEmpty() || !takes(found.get(), args)) {
            return null;
        }
        try {
            Object value = found.get().invoke(base, args);
            context.setPropertyResolved(base, method);
            return value;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    // the one public instance method of this name and arity (bridges aside), callable from here; none or several: not ours to choose
    private static Optional<Method> find(Class<?> type, String name, int arity) {
        Method only = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge() && !Modifier.isStatic(m.getModifiers())) {
                if (only != null || m.isVarArgs()) {
                    return Optional.empty();
                }
                only = m;
            }
        }
        if (only == null || !(Modifier.isPublic(only.getDeclaringClass().getModifiers()) || only.trySetAccessible())) {
            return Optional.empty();
        }
        return Optional.of(only);
    }

    // each argument as it is, no coercion: null for an object parameter, or an instance of the parameter's (boxed) type
    private static boolean takes(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (args[i] == null ? types[i].isPrimitive() : !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
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
