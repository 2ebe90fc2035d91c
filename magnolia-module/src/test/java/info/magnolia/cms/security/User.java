package info.magnolia.cms.security;

import java.util.Collection;

/** Test double of the part of Magnolia's User interface our adapter reads. */
public interface User {
  String getName();

  Collection<String> getAllRoles();
}
