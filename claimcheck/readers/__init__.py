"""Where articles come from and how each kind of file becomes text."""
