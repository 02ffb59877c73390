# formatting floats
x = 3.14159265
print("%f" % x, "%.2f" % x, "%e" % x, "%.3e" % x, "%g" % x, "%10.3f|" % x, "%-10.1f|" % x)
print(format(x, ".3f"), format(x, "10.2f"), format(x, "<10.2f"), format(x, "+.1f"))
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(0.5, "%"), format(0.125, ".1%"))
print("{:.4}".format(x), "{:g}".format(1e20), "{:g}".format(1e-7), "{}".format(1e16))
print("%g %g %g" % (100000.0, 1000000.0, 0.0001))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(f"{x:.1f} {-x:8.3f} {x:e}")
print(str(1.0), str(10.0), str(1e21), str(-1e-10))
