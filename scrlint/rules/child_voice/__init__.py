"""Child's voice and lived experience rules (CHV): is the child at the centre of the report."""
