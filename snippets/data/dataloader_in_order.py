import time

from torch.utils.data import DataLoader, Dataset


class FirstIsSlow(Dataset):
    def __len__(self):
        return 6

    def __getitem__(self, index):
        if index == 0:
            time.sleep(0.5)
        return index


if __name__ == "__main__":
    for in_order in (True, False):
        loader = DataLoader(FirstIsSlow(), num_workers=2, in_order=in_order)
        order = [batch.item() for batch in loader]
        print(f"in_order={in_order}: first batch is index 0: {order[0] == 0}, all indices: {sorted(order)}")
        #> in_order=True: first batch is index 0: True, all indices: [0, 1, 2, 3, 4, 5]
        #> in_order=False: first batch is index 0: False, all indices: [0, 1, 2, 3, 4, 5]
