import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data))
print(st.pstdev(data), st.stdev(data))
print(st.pvariance(data), st.variance(data))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([1.5, 2.5, 3.5]), st.fmean([1, 2, 3, 4]))
print(st.multimode("aabbbcccc"), st.mode(["red", "blue", "red"]))
print(st.geometric_mean([1, 10, 100]) if hasattr(st, "geometric_mean") else "")
print(round(st.harmonic_mean([40, 60]), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
grades = {"ann": [90, 85, 77], "bob": [60, 75, 80]}
for name, g in grades.items():
    print(f"{name}: mean={st.mean(g):.2f} median={st.median(g)} sd={st.stdev(g):.3f}")
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
