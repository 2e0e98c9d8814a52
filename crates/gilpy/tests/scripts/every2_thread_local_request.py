import threading

context = threading.local()
output = {}
out_lock = threading.Lock()

def log(msg):
    with out_lock:
        output.setdefault(context.user, []).append(f"[{context.request_id}] {msg}")

def handle_request(user, request_id):
    context.user = user
    context.request_id = request_id
    log("start")
    log(f"hello {user}")
    log("end")

threads = [threading.Thread(target=handle_request, args=(u, i))
           for i, u in enumerate(["alice", "bob", "carol"])]
for t in threads:
    t.start()
for t in threads:
    t.join()

for user in sorted(output):
    for line in output[user]:
        print(user, line)
print("main has user:", hasattr(context, "user"))
context.user = "main"
print(context.user)
