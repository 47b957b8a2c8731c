"""The claims store: one reviewable YAML file per article, and the reviews in it."""
