// The bench finds an extension by its worker; this one has nothing to do.
