extension Color {
    /// The nearest colour this capability can show: RGB becomes a 256-palette index, palette indexes become the
    /// nearest basic colour, and monochrome turns everything into `.default`.
    public func downgraded(to capability: ColorCapability) -> Color {
        switch capability {
        case .indexed256:
            if case .rgb(let r, let g, let b) = self { return .indexed(Color.nearestPaletteIndex(r: r, g: g, b: b)) }
            return self
        case .basic8:
            switch self {
            case .indexed(let index):
                if index < 16 { return Color.basic[Int(index % 8)] }
                let (r, g, b) = Color.paletteRGB(index)
                return Color.nearestBasic(r: r, g: g, b: b)
            case .rgb(let r, let g, let b):
                return Color.nearestBasic(r: r, g: g, b: b)
            default:
                return self
            }
        case .monochrome:
            return .default
        }
    }

    /// The six channel levels of the xterm colour cube.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB of a basic colour as xterm draws it.
    static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]

    /// The RGB value of a 256-palette index (xterm defaults).
    static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 8 { return basicRGB[i] }
        if i < 16 {
            let bright: [(Int, Int, Int)] = [
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
                (255, 255, 255),
            ]
            return bright[i - 8]
        }
        if i < 232 {
            let cube = i - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + (i - 232) * 10
        return (grey, grey, grey)
    }

    /// The palette index (16-255) closest to an RGB value, from the colour cube or the grey ramp.
    static func nearestPaletteIndex(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        let channels = [Int(r), Int(g), Int(b)]
        let levels = channels.map { value in
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
        }
        let cubeIndex = 16 + levels[0] * 36 + levels[1] * 6 + levels[2]
        let cubeDistance = distance(channels, levels.map { cubeLevels[$0] })
        let average = channels.reduce(0, +) / 3
        let greyStep = ((average - 8 + 5) / 10).clamped(0, 23)
        let greyValue = 8 + greyStep * 10
        let greyDistance = distance(channels, [greyValue, greyValue, greyValue])
        return UInt8(greyDistance < cubeDistance ? 232 + greyStep : cubeIndex)
    }

    /// The basic colour closest to an RGB value.
    static func nearestBasic(r: Int, g: Int, b: Int) -> Color {
        let target = [r, g, b]
        let best = basicRGB.indices.min { lhs, rhs in
            distance(target, [basicRGB[lhs].0, basicRGB[lhs].1, basicRGB[lhs].2])
                < distance(target, [basicRGB[rhs].0, basicRGB[rhs].1, basicRGB[rhs].2])
        }
        return basic[best ?? 7]
    }

    /// The nearest basic colour of an RGB value given as bytes.
    static func nearestBasic(r: UInt8, g: UInt8, b: UInt8) -> Color {
        nearestBasic(r: Int(r), g: Int(g), b: Int(b))
    }

    private static func distance(_ lhs: [Int], _ rhs: [Int]) -> Int {
        zip(lhs, rhs).reduce(0) { sum, pair in sum + (pair.0 - pair.1) * (pair.0 - pair.1) }
    }
}
