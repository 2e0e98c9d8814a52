import heapq

tasks = []
heapq.heappush(tasks, (2, "code"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)

nums = [5, 7, 9, 1, 3, 8, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
records = [{"name": "a", "score": 70}, {"name": "b", "score": 95}, {"name": "c", "score": 88}]
print(heapq.nlargest(2, records, key=lambda r: r["score"]))
heapq.heapify(nums)
print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))

def kth_smallest(matrix, k):
    heap = [(row[0], i, 0) for i, row in enumerate(matrix)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        val, r, c = heapq.heappop(heap)
        if c + 1 < len(matrix[r]):
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
    return heap[0][0]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
