import statistics as st

hours = [1, 2, 3, 5, 8, 13]
score = [52, 55, 61, 70, 79, 90]
print(round(st.covariance(hours, score), 6), round(st.correlation(hours, score), 9))
fit = st.linear_regression(hours, score)
print(fit, round(fit.slope, 6), round(fit.intercept, 6))
slope, intercept = fit
print(round(slope * 10 + intercept, 3))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in ([1], [1, 2, 3]):
    try:
        st.covariance(bad, [1, 2])
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.linear_regression([2, 2], [1, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
iq = st.NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.stdev, iq.variance)
print(round(iq.cdf(115), 6), round(iq.pdf(100), 8), iq.inv_cdf(0.5), round(iq.inv_cdf(0.99), 6))
print([round(q, 4) for q in iq.quantiles()], round(iq.zscore(130), 3))
print([round(st.NormalDist().inv_cdf(p), 9) for p in (1e-10, 0.01, 0.2, 0.8, 0.999999)])
both = iq + st.NormalDist(0, 20)
print(both, iq * 2, iq - 10, -iq, iq == st.NormalDist(100.0, 15.0))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
