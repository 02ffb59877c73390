# allocation still works while automatic collection is disabled
import gc
gc.disable()
keep = []
for i in range(50):
    keep.append([i] * 10)
print(len(keep), sum(len(x) for x in keep))
gc.collect()
print(len(keep), keep[49][0])
gc.enable()
print(gc.isenabled())
