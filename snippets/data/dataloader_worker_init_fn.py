from torch.utils.data import DataLoader, Dataset, get_worker_info


class Tagged(Dataset):
    def __init__(self):
        self.tag = "not set"

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return {"index": index, "tag": self.tag}


def init_worker(worker_id):
    info = get_worker_info()
    info.dataset.tag = f"worker {worker_id} of {info.num_workers}"


if __name__ == "__main__":
    dataset = Tagged()
    loader = DataLoader(dataset, batch_size=2, num_workers=2, worker_init_fn=init_worker)
    for batch in loader:
        print(batch["index"].tolist(), batch["tag"])
        #> [0, 1] ['worker 0 of 2', 'worker 0 of 2']
        #> [2, 3] ['worker 1 of 2', 'worker 1 of 2']
    print("main process copy:", dataset.tag)
    #> main process copy: not set
