/// Pure terminal UI layer.
public enum TermUIModule {}
