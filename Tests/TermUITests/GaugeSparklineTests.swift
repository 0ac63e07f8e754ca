import Testing

@testable import TermUI

@Suite("Gauge and sparkline widgets")
struct GaugeSparklineTests {
    @Test("a gauge fills its share and centres the percentage")
    func gauge() {
        let gauge = Gauge(ratio: 0.5)
        let buffer = rendered(width: 10, height: 1) { gauge.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["███50%░░░░"])
        let grid = buffer.styleGrid(legend: ["F": .plain, "L": Style(reverse: true), "E": Style(dim: true)])
        #expect(grid.rows == ["FFFLLEEEEE"])
    }

    @Test("a gauge label sits on the middle row; other rows are bar only")
    func gaugeRows() {
        let gauge = Gauge(ratio: 1, label: "done")
        let buffer = rendered(width: 6, height: 3) { gauge.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["██████", "█done█", "██████"])
    }

    @Test("ratios are clamped and not-a-number is empty")
    func gaugeRatios() {
        #expect(Gauge(ratio: 1.7).displayedLabel == "100%")
        #expect(Gauge(ratio: -1).displayedLabel == "0%")
        #expect(Gauge(ratio: .nan).clampedRatio == 0)
        let buffer = rendered(width: 4, height: 1) { Gauge(ratio: .nan, label: "").render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["░░░░"])
    }

    @Test("a gauge in a tiny or empty area does not fail")
    func gaugeTiny() {
        let buffer = rendered(width: 2, height: 1) {
            Gauge(ratio: 0.9, label: "long label").render(in: $0.area, buffer: &$0)
        }
        #expect(buffer.lines() == ["l…"])
        var empty = Buffer(width: 0, height: 0)
        Gauge(ratio: 0.5).render(in: Rect(x: 0, y: 0, width: 5, height: 1), buffer: &empty)
    }

    @Test("a sparkline scales values to eight levels")
    func sparkline() {
        let line = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8])
        let buffer = rendered(width: 9, height: 1) { line.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == [" ▁▂▃▄▅▆▇█"])
    }

    @Test("a sparkline shows the latest values that fit, with a fixed maximum")
    func sparklineLatest() {
        let line = Sparkline(values: [100, 100, 1, 4, 8, 16], maximum: 8)
        let buffer = rendered(width: 4, height: 1) { line.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["▁▄██"])
    }

    @Test("a taller sparkline stacks full blocks under the partial one")
    func sparklineTall() {
        let line = Sparkline(values: [1, 2, 4], maximum: 4)
        let buffer = rendered(width: 3, height: 2) { line.render(in: $0.area, buffer: &$0) }
        #expect(buffer.lines() == ["  █", "▄██"])
        #expect(line.levels(width: 3, height: 2) == [4, 8, 16])
    }

    @Test("zero, negative and non-finite values are blank; tiny positive values still show")
    func sparklineEdges() {
        #expect(
            Sparkline(values: [0, -3, .nan, .infinity, 0.001, 10]).levels(width: 6, height: 1) == [0, 0, 0, 0, 1, 8])
        #expect(Sparkline(values: [0, 0]).levels(width: 2, height: 1) == [0, 0])
        #expect(Sparkline(values: [1]).levels(width: 0, height: 1) == [])
    }
}
