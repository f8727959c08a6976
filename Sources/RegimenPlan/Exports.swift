// Backends depend on this module alone; the value types the Plan is made of come with it.
@_exported import RegimenValues
