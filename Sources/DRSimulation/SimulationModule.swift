/// The simulation engine (issue 3).
public enum SimulationModule {}
