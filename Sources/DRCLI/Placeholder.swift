/// Entry point of the command line (filled in with the commands).
public enum FoundryDRCommand {
    public static func main() {}
}
