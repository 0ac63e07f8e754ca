import Foundation

extension RegionCatalog {
    /// The built-in catalog: names, geography, zones, directed pairs and coordinates of the public regions.
    ///
    /// Source: azure-facts section 5 (regions-list.md for zones and pairs, `az account list-locations` for
    /// coordinates). Coordinates of the newest regions are city approximations; an estate or an imported
    /// `list-locations` export overrides any entry.
    public static let builtIn = RegionCatalog(regions: builtInRegions)

    // name, display name, geography, zones?, pair, lat, long, key vault replicates across regions, restricted
    private typealias Row = (String, String, String, Bool, String?, Double?, Double?, Bool?, Bool)

    private static let rows: [Row] = [
        ("eastus", "East US", "United States", true, "westus", 37.3719, -79.8164, nil, false),
        ("eastus2", "East US 2", "United States", true, "centralus", 36.6681, -78.3889, nil, false),
        ("centralus", "Central US", "United States", true, "eastus2", 41.5908, -93.6208, nil, false),
        ("northcentralus", "North Central US", "United States", false, "southcentralus", 41.8819, -87.6278, nil, false),
        ("southcentralus", "South Central US", "United States", true, "northcentralus", 29.4167, -98.5, nil, false),
        ("westcentralus", "West Central US", "United States", false, "westus2", 40.89, -110.234, nil, false),
        ("westus", "West US", "United States", false, "eastus", 37.783, -122.417, nil, false),
        ("westus2", "West US 2", "United States", true, "westcentralus", 47.233, -119.852, nil, false),
        ("westus3", "West US 3", "United States", true, "eastus", 33.448376, -112.074036, false, false),
        ("canadacentral", "Canada Central", "Canada", true, "canadaeast", 43.653, -79.383, nil, false),
        ("canadaeast", "Canada East", "Canada", false, "canadacentral", 46.817, -71.217, nil, false),
        ("brazilsouth", "Brazil South", "Brazil", true, "southcentralus", -23.55, -46.633, false, false),
        ("brazilsoutheast", "Brazil Southeast", "Brazil", false, "brazilsouth", -22.90278, -43.2075, nil, true),
        ("mexicocentral", "Mexico Central", "Mexico", true, nil, 20.588818, -100.389888, nil, false),
        ("northeurope", "North Europe", "Europe", true, "westeurope", 53.3478, -6.2597, nil, false),
        ("westeurope", "West Europe", "Europe", true, "northeurope", 52.3667, 4.9, nil, false),
        ("uksouth", "UK South", "United Kingdom", true, "ukwest", 50.941, -0.799, nil, false),
        ("ukwest", "UK West", "United Kingdom", false, "uksouth", 53.427, -3.084, nil, false),
        ("francecentral", "France Central", "France", true, "francesouth", 46.3772, 2.3730, nil, false),
        ("francesouth", "France South", "France", false, "francecentral", 43.8345, 2.1972, nil, true),
        ("germanywestcentral", "Germany West Central", "Germany", true, "germanynorth", 50.110924, 8.682127, nil, false),
        ("germanynorth", "Germany North", "Germany", false, "germanywestcentral", 53.073635, 8.806422, nil, true),
        ("switzerlandnorth", "Switzerland North", "Switzerland", true, "switzerlandwest", 47.451542, 8.564572, nil, false),
        ("switzerlandwest", "Switzerland West", "Switzerland", false, "switzerlandnorth", 46.204391, 6.143158, nil, true),
        ("norwayeast", "Norway East", "Norway", true, "norwaywest", 59.913868, 10.752245, nil, false),
        ("norwaywest", "Norway West", "Norway", false, "norwayeast", 58.969975, 5.733107, nil, true),
        ("swedencentral", "Sweden Central", "Sweden", true, "swedensouth", 60.67488, 17.14127, nil, false),
        ("swedensouth", "Sweden South", "Sweden", false, "swedencentral", 55.60587, 13.00073, nil, true),
        ("polandcentral", "Poland Central", "Poland", true, nil, 52.23334, 21.01666, nil, false),
        ("italynorth", "Italy North", "Italy", true, nil, 45.46888, 9.18109, nil, false),
        ("spaincentral", "Spain Central", "Spain", true, nil, 40.4259, -3.4209, nil, false),
        ("uaenorth", "UAE North", "UAE", true, "uaecentral", 25.266666, 55.316666, nil, false),
        ("uaecentral", "UAE Central", "UAE", false, "uaenorth", 24.466667, 54.366669, nil, true),
        ("qatarcentral", "Qatar Central", "Qatar", true, nil, 25.551462, 51.439327, nil, false),
        ("israelcentral", "Israel Central", "Israel", true, nil, 31.2655698, 33.4506633, nil, false),
        ("southafricanorth", "South Africa North", "South Africa", true, "southafricawest", -25.73134, 28.21837, nil, false),
        ("southafricawest", "South Africa West", "South Africa", false, "southafricanorth", -34.075691, 18.843266, nil, true),
        ("centralindia", "Central India", "India", true, "southindia", 18.5822, 73.9197, nil, false),
        ("southindia", "South India", "India", false, "centralindia", 12.9822, 80.1636, nil, false),
        ("eastasia", "East Asia", "Asia Pacific", true, "southeastasia", 22.267, 114.188, nil, false),
        ("southeastasia", "Southeast Asia", "Asia Pacific", true, "eastasia", 1.283, 103.833, nil, false),
        ("japaneast", "Japan East", "Japan", true, "japanwest", 35.68, 139.77, nil, false),
        ("japanwest", "Japan West", "Japan", true, "japaneast", 34.6939, 135.5022, nil, false),
        ("koreacentral", "Korea Central", "Korea", true, "koreasouth", 37.5665, 126.9780, nil, false),
        ("koreasouth", "Korea South", "Korea", false, "koreacentral", 35.1796, 129.0756, nil, false),
        ("australiaeast", "Australia East", "Australia", true, "australiasoutheast", -33.86, 151.2094, nil, false),
        ("australiasoutheast", "Australia Southeast", "Australia", false, "australiaeast", -37.8136, 144.9631, nil, false),
    ]

    private static var builtInRegions: [Region] {
        rows.map { row in
            Region(
                name: row.0, displayName: row.1, geography: row.2, latitude: row.5, longitude: row.6, pair: row.4,
                zones: row.3 ? Region.physicalZones(row.0, count: 3) : [],
                keyVaultReplicatesAcrossRegions: row.7, restricted: row.8)
        }
    }
}
