/// Something that draws itself into a rectangle of a buffer.
///
/// Contract: a widget draws only inside `area` (clipped to the buffer), whatever the size of `area`, including
/// empty and off-screen rectangles, and never fails.
public protocol Widget {
    /// Draws into `area` of `buffer`.
    func render(in area: Rect, buffer: inout Buffer)
}
