package nl.alkmaar.wijkaanzet.magnolia;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls into Magnolia by name, because Magnolia's jars are not available at build time. Every
 * failure becomes an {@link IllegalStateException} that says which Magnolia call failed.
 */
final class MagnoliaReflection {

  static final String MGNL_CONTEXT = "info.magnolia.context.MgnlContext";

  private MagnoliaReflection() {}

  static Class<?> type(String className) {
    try {
      return Class.forName(className, true, classLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "Magnolia is not on the classpath: " + className + " is missing", e);
    }
  }

  static Object callStatic(
      String className, String method, Class<?>[] parameterTypes, Object... args) {
    return invoke(type(className), null, method, parameterTypes, args);
  }

  static Object call(Object target, String method, Class<?>[] parameterTypes, Object... args) {
    return invoke(target.getClass(), target, method, parameterTypes, args);
  }

  private static Object invoke(
      Class<?> type, Object target, String name, Class<?>[] parameterTypes, Object[] args) {
    try {
      Method method = publicMethod(type, name, parameterTypes);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(type.getName() + "." + name + " failed", cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call " + type.getName() + "." + name, e);
    }
  }

  /**
   * Finds the method on a public type: Magnolia hands out non-public implementation classes whose
   * methods are only callable through their public interface.
   */
  private static Method publicMethod(Class<?> type, String name, Class<?>[] parameterTypes)
      throws NoSuchMethodException {
    Method method = type.getMethod(name, parameterTypes);
    if (java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return method;
    }
    for (Class<?> face : type.getInterfaces()) {
      try {
        return publicMethod(face, name, parameterTypes);
      } catch (NoSuchMethodException ignored) {
        // try the next interface
      }
    }
    if (type.getSuperclass() != null) {
      return publicMethod(type.getSuperclass(), name, parameterTypes);
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : MagnoliaReflection.class.getClassLoader();
  }
}
