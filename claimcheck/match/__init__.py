"""What may be compared with what: groups of claims, and likely causes of a disagreement."""
